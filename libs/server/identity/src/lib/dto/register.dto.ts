import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Length, Matches, MaxLength, MinLength } from 'class-validator';
import type { LoginRequest, RegisterRequest } from '@dvc/shared/contracts';

export class RegisterDto implements RegisterRequest {
  @ApiProperty({ example: 'Nguyễn Văn An' })
  @IsString()
  @Length(2, 120, { message: 'Họ và tên cần từ 2 đến 120 ký tự / Full name must be 2–120 characters' })
  fullName!: string;

  @ApiProperty({ example: 'an.nguyen@example.vn' })
  @IsEmail({}, { message: 'Địa chỉ thư điện tử không hợp lệ / Invalid e-mail address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ minLength: 8 })
  @IsString()
  @MinLength(8, { message: 'Mật khẩu cần ít nhất 8 ký tự / Password must have at least 8 characters' })
  @MaxLength(128)
  password!: string;

  @ApiPropertyOptional({ example: '0912345678' })
  @IsOptional()
  @Matches(/^\+?[0-9]{9,12}$/, { message: 'Số điện thoại không hợp lệ / Invalid phone number' })
  phone?: string;

  @ApiPropertyOptional({ description: '12-digit personal identification number', example: '038090001234' })
  @IsOptional()
  @Matches(/^[0-9]{12}$/, { message: 'Số định danh cá nhân gồm 12 chữ số / The personal ID has 12 digits' })
  personalId?: string;
}

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'congdan@demo.dvc.vn' })
  @IsEmail({}, { message: 'Địa chỉ thư điện tử không hợp lệ / Invalid e-mail address' })
  email!: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  password!: string;
}
